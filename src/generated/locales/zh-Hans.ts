
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0337d90cf703df0d': `部分`,
's16742aaddb9ba310': `本数据源中的数字仅为示例，并非官方数据。`,
's25644aca61382af9': str`数据源问题：${0} 项`,
's45fbf49665da53e7': `无法读取数据。`,
's4a7da974fd18eefb': `未命名规划`,
's5033dab8c17f05f2': `已完成`,
's5858f6f459a83cfc': `此数据源暂无部分、任务、指标或活动。`,
's6377165f2aba21ed': `找不到数据。`,
's6ebc9bd6feae62a3': `正在加载…`,
's796d03a64881cd45': `示例数据`,
's7fd1a7421bd830b1': str`无法刷新：显示截至 ${0} 的数据。`,
's9a329cb0b22e2317': `指标`,
's9a35d9871ad3e6cb': `暂时无法加载数据，请稍后再试。`,
'sb819f50b8080bcea': str`更新于 ${0}`,
'sc265a3e29e1206e4': `活动`,
'sc797fd9076cc136d': `任务`,
'scd1dd6ff53d0d01a': `重试`,
'sedb16f6e45fff77e': `此组件尚未设置数据源。`,
    };
  